// Draws an event's seat map as SVG from GET /api/v1/events/{id}/seat-map. Seats of one state are
// one <path> (a square per seat), so a venue of 20,000 seats is a handful of SVG elements, not
// 20,000: the page draws it in a blink and stays responsive. Which seat the pointer is on is
// computed from the layout, not from a DOM element per seat. bench/seat-map measures it.
(function (global) {
  "use strict";

  var SEAT = 10; // a seat's square, in SVG units
  var GAP = 3; // between seats and rows
  var STEP = SEAT + GAP;
  var LABEL = 28; // room for the row labels
  var SECTION_GAP = 36; // between sections, with room for the section's name
  var STATES = { F: "free", H: "held", S: "sold", B: "blocked", W: "withheld" };

  function escapeText(text) {
    return String(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  }

  /**
   * The SVG markup of a seat map, its size, how many seats of each state it has, and the rows'
   * positions for finding the seat under the pointer.
   */
  function render(map) {
    var paths = { F: [], H: [], S: [], B: [], W: [] };
    var accessible = [];
    var labels = [];
    var rows = [];
    var counts = { F: 0, H: 0, S: 0, B: 0, W: 0 };
    var y = 0;
    var width = 0;
    var seats = 0;
    map.sections.forEach(function (section) {
      y += SECTION_GAP;
      labels.push('<text class="bo-section-name" x="0" y="' + (y - 12) + '">' + escapeText(section.name) + "</text>");
      if (!section.seated) {
        labels.push('<rect class="bo-standing" x="' + LABEL + '" y="' + y + '" width="240" height="40" rx="4"></rect>');
        labels.push('<text class="bo-standing-text" x="' + (LABEL + 8) + '" y="' + (y + 25) + '">' +
          escapeText(section.capacity) + "</text>");
        y += 40;
        width = Math.max(width, LABEL + 240);
        return;
      }
      section.rows.forEach(function (row) {
        labels.push('<text class="bo-row-label" x="0" y="' + (y + SEAT - 1) + '">' + escapeText(row.label) + "</text>");
        var squares = row.seats;
        for (var i = 0; i < squares.length; i++) {
          var seat = squares[i];
          var square = "M" + (LABEL + i * STEP) + " " + y + "h" + SEAT + "v" + SEAT + "h-" + SEAT + "z";
          paths[seat[3]].push(square);
          counts[seat[3]]++;
          if (seat[4]) {
            accessible.push(square);
          }
        }
        seats += squares.length;
        rows.push({ y: y, section: section, row: row });
        width = Math.max(width, LABEL + squares.length * STEP);
        y += STEP;
      });
    });
    var markup = labels.join("");
    Object.keys(paths).forEach(function (state) {
      if (paths[state].length) {
        markup += '<path class="bo-seat bo-seat-' + STATES[state] + '" d="' + paths[state].join("") + '"></path>';
      }
    });
    if (accessible.length) {
      markup += '<path class="bo-seat-accessible" d="' + accessible.join("") + '"></path>';
    }
    return { markup: markup, width: width + GAP, height: y + GAP, rows: rows, counts: counts, seats: seats };
  }

  /** The row at a height of the map, or null. */
  function rowAt(drawn, y) {
    for (var i = 0; i < drawn.rows.length; i++) {
      if (y >= drawn.rows[i].y && y < drawn.rows[i].y + SEAT) {
        return drawn.rows[i];
      }
    }
    return null;
  }

  /** The seat at a point of the map, or null. */
  function seatAt(drawn, x, y) {
    var line = rowAt(drawn, y);
    if (!line) {
      return null;
    }
    var index = Math.floor((x - LABEL) / STEP);
    var inSeat = x - LABEL - index * STEP < SEAT;
    return index >= 0 && index < line.row.seats.length && inSeat
      ? { section: line.section, row: line.row, seat: line.row.seats[index], line: line, index: index } : null;
  }

  function square(line, index) {
    return "M" + (LABEL + index * STEP) + " " + line.y + "h" + SEAT + "v" + SEAT + "h-" + SEAT + "z";
  }

  /**
   * Picking seats. Organizers' editing: a click on a seat selects or unselects it, a click on a
   * row's label the whole row. Customers' booking (data-free-only): free seats only, one at a time,
   * at most data-max of them, and the seats picked before the page was sent again stay picked while
   * they are free. The ids go into the form field named by data-select-into, for the server.
   */
  function selectable(container, svg, drawn, toPoint, map) {
    var field = document.getElementById(container.dataset.selectInto);
    if (!field) {
      return;
    }
    var freeOnly = container.dataset.freeOnly === "true";
    var max = parseInt(container.dataset.max, 10) || Infinity;
    var selected = new Map();
    var overlay = document.createElementNS("http://www.w3.org/2000/svg", "path");
    overlay.setAttribute("class", "bo-seat-selected");
    svg.appendChild(overlay);
    function toggle(line, index, on) {
      var id = line.row.seats[index][0];
      if (on) {
        selected.set(id, { d: square(line, index), line: line, index: index });
      } else {
        selected.delete(id);
      }
    }
    function show(tooMany) {
      overlay.setAttribute("d", Array.from(selected.values()).map(function (seat) { return seat.d; }).join(""));
      field.value = Array.from(selected.keys()).join(",");
      container.setAttribute("data-selected", selected.size);
      summarize(container, map, Array.from(selected.values()), tooMany);
    }
    if (freeOnly && field.value) {
      var before = new Set(field.value.split(","));
      drawn.rows.forEach(function (line) {
        line.row.seats.forEach(function (seat, index) {
          if (before.has(String(seat[0])) && seat[3] === "F" && selected.size < max) {
            toggle(line, index, true);
          }
        });
      });
    }
    show(false);
    svg.addEventListener("click", function (event) {
      var point = toPoint(event);
      var tooMany = false;
      if (point.x < LABEL) {
        var line = rowAt(drawn, point.y);
        if (line && !freeOnly) {
          var all = line.row.seats.every(function (seat) { return selected.has(seat[0]); });
          line.row.seats.forEach(function (seat, index) { toggle(line, index, !all); });
        }
      } else {
        var found = seatAt(drawn, point.x, point.y);
        if (found && !(freeOnly && found.seat[3] !== "F")) {
          var on = !selected.has(found.seat[0]);
          if (on && selected.size >= max) {
            tooMany = true;
          } else {
            toggle(found.line, found.index, on);
          }
        }
      }
      show(tooMany);
    });
  }

  /** The price of a seat by the types' rules (data-prices: section, category), or null. */
  function priceOf(prices, section, category) {
    for (var i = 0; i < prices.length; i++) {
      var type = prices[i];
      if ((type.section === null || type.section === section.id) &&
          (type.category === null || type.category === category)) {
        return type;
      }
    }
    return null;
  }

  /**
   * The seats picked and their total, in the element named by data-summary-into: "{0}" of
   * data-summary is the seats, "{1}" the total; data-too-many says when data-max is reached.
   */
  function summarize(container, map, seats, tooMany) {
    var into = document.getElementById(container.dataset.summaryInto || "");
    if (!into) {
      return;
    }
    var texts = container.dataset;
    if (!seats.length) {
      into.textContent = texts.summaryNone || "";
      return;
    }
    var prices = JSON.parse(texts.prices || "[]");
    var cents = 0;
    var currency = null;
    var priced = true;
    var names = seats.map(function (picked) {
      var seat = picked.line.row.seats[picked.index];
      var type = priceOf(prices, picked.line.section, map.categories[seat[2]]);
      if (type && (currency === null || currency === type.currency)) {
        currency = type.currency;
        cents += Math.round(parseFloat(type.amount) * 100);
      } else {
        priced = false;
      }
      return texts.row + " " + picked.line.row.label + ", " + texts.seat + " " + seat[1];
    });
    var total = "";
    if (priced && currency) {
      total = new Intl.NumberFormat(document.documentElement.lang || undefined,
        { style: "currency", currency: currency }).format(cents / 100);
    }
    into.textContent = (texts.summary || "{0} {1}").replace("{0}", names.join("; ")).replace("{1}", total) +
      (tooMany ? " " + (texts.tooMany || "").replace("{0}", texts.max) : "");
    into.setAttribute("data-total", total);
  }

  function describe(found, map, texts) {
    var seat = found.seat;
    return texts.row + " " + found.row.label + ", " + texts.seat + " " + seat[1] + " · " + map.categories[seat[2]] +
      " · " + (texts[STATES[seat[3]]] || "") + (seat[4] ? " · " + texts.accessible : "");
  }

  function draw(container, map) {
    var texts = container.dataset;
    var drawn = render(map);
    // twice the natural size at most: a small hall is not blown up, a large one shrinks to the page
    container.innerHTML = '<svg xmlns="http://www.w3.org/2000/svg" role="img" class="bo-seat-map-svg" viewBox="0 0 ' +
      drawn.width + " " + drawn.height + '" width="' + drawn.width * 2 + '" height="' + drawn.height * 2 +
      '" preserveAspectRatio="xMinYMin meet">' + drawn.markup + "</svg>" +
      '<p class="bo-seat-legend"><span class="bo-key bo-seat-free"></span>' + escapeText(texts.free) +
      ' <span class="bo-key bo-seat-held"></span>' + escapeText(texts.held) +
      ' <span class="bo-key bo-seat-sold"></span>' + escapeText(texts.sold) +
      ' <span class="bo-key bo-seat-blocked"></span>' + escapeText(texts.blocked) +
      // held back by the organizer: only the organizer's own map (W) shows them apart
      (drawn.counts.W ? ' <span class="bo-key bo-seat-withheld"></span>' + escapeText(texts.withheld) : "") + "</p>";
    var svg = container.querySelector("svg");
    var info = document.getElementById("seatInfo");
    function toPoint(event) {
      return new DOMPoint(event.clientX, event.clientY).matrixTransform(svg.getScreenCTM().inverse());
    }
    svg.addEventListener("mousemove", function (event) {
      if (!info || !svg.getScreenCTM()) {
        return;
      }
      var point = toPoint(event);
      var found = seatAt(drawn, point.x, point.y);
      info.textContent = found ? describe(found, map, texts) : "";
    });
    if (container.dataset.selectInto) {
      selectable(container, svg, drawn, toPoint, map);
    }
    container.setAttribute("data-seats", drawn.seats);
    container.setAttribute("data-count-free", drawn.counts.F);
    container.setAttribute("data-count-held", drawn.counts.H);
    container.setAttribute("data-count-sold", drawn.counts.S);
    container.setAttribute("data-count-blocked", drawn.counts.B);
    container.setAttribute("data-count-withheld", drawn.counts.W);
    container.dispatchEvent(new CustomEvent("bo-seat-map-drawn", { bubbles: true }));
    return drawn;
  }

  function load(container) {
    fetch(container.dataset.src, { headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then(function (response) {
        if (!response.ok) {
          throw new Error("HTTP " + response.status);
        }
        return response.json();
      })
      .then(function (map) {
        draw(container, map);
      })
      .catch(function () {
        container.textContent = container.dataset.error;
      });
  }

  global.boxofficeSeatMap = { render: render, draw: draw, seatAt: seatAt };

  function start() {
    document.querySelectorAll(".bo-seat-map[data-src]").forEach(load);
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})(window);
