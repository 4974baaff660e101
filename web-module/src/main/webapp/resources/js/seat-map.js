// Draws an event's seat map as one SVG from GET /api/v1/events/{id}/seat-map. Built as a single
// string and inserted once, with one listener for the whole map (not one per seat), so that venues
// of 20,000 seats draw in a blink and the page stays responsive. bench/seat-map measures it.
(function (global) {
  "use strict";

  var SEAT = 10; // a seat's square, in SVG units
  var GAP = 3; // between seats and rows
  var LABEL = 28; // room for the row labels
  var SECTION_GAP = 36; // between sections, with room for the section's name
  var STATES = { F: "free", H: "held", S: "sold", B: "blocked" };

  function escapeText(text) {
    return String(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  }

  /** The SVG markup of a seat map, and its size. */
  function render(map, texts) {
    var parts = [];
    var y = 0;
    var width = 0;
    map.sections.forEach(function (section) {
      y += SECTION_GAP;
      parts.push('<text class="bo-section-name" x="0" y="' + (y - 12) + '">' + escapeText(section.name) + "</text>");
      if (!section.seated) {
        parts.push('<rect class="bo-standing" x="' + LABEL + '" y="' + y + '" width="240" height="40" rx="4"></rect>');
        parts.push('<text class="bo-standing-text" x="' + (LABEL + 8) + '" y="' + (y + 25) + '">' +
          escapeText(section.capacity) + "</text>");
        y += 40;
        width = Math.max(width, LABEL + 240);
        return;
      }
      section.rows.forEach(function (row) {
        parts.push('<text class="bo-row-label" x="0" y="' + (y + SEAT - 1) + '">' + escapeText(row.label) + "</text>");
        row.seats.forEach(function (seat, index) {
          var x = LABEL + index * (SEAT + GAP);
          parts.push('<rect class="bo-seat bo-seat-' + STATES[seat[3]] + (seat[4] ? " bo-seat-accessible" : "") +
            '" x="' + x + '" y="' + y + '" width="' + SEAT + '" height="' + SEAT +
            '" data-s="' + section.id + '" data-r="' + escapeText(row.label) + '" data-n="' + seat[1] +
            '" data-c="' + seat[2] + '" data-t="' + seat[3] + '" data-a="' + seat[4] + '" data-id="' + seat[0] + '"></rect>');
          width = Math.max(width, x + SEAT);
        });
        y += SEAT + GAP;
      });
    });
    return { markup: parts.join(""), width: width + GAP, height: y + GAP };
  }

  function describe(rect, map, texts) {
    var d = rect.dataset;
    var state = texts[STATES[d.t]] || "";
    return texts.row + " " + d.r + ", " + texts.seat + " " + d.n + " · " + map.categories[+d.c] + " · " + state +
      (d.a === "1" ? " · " + texts.accessible : "");
  }

  function draw(container, map) {
    var texts = container.dataset;
    var drawn = render(map, texts);
    // twice the natural size at most: a small hall is not blown up, a large one shrinks to the page
    container.innerHTML = '<svg xmlns="http://www.w3.org/2000/svg" role="img" class="bo-seat-map-svg" viewBox="0 0 ' +
      drawn.width + " " + drawn.height + '" width="' + drawn.width * 2 + '" height="' + drawn.height * 2 +
      '" preserveAspectRatio="xMinYMin meet">' + drawn.markup + "</svg>" +
      '<p class="bo-seat-legend"><span class="bo-key bo-seat-free"></span>' + escapeText(texts.free) +
      ' <span class="bo-key bo-seat-held"></span>' + escapeText(texts.held) +
      ' <span class="bo-key bo-seat-sold"></span>' + escapeText(texts.sold) +
      ' <span class="bo-key bo-seat-blocked"></span>' + escapeText(texts.blocked) + "</p>";
    var info = document.getElementById("seatInfo");
    container.addEventListener("mouseover", function (event) {
      if (info && event.target.classList && event.target.classList.contains("bo-seat")) {
        info.textContent = describe(event.target, map, texts);
      }
    });
    container.setAttribute("data-seats", container.querySelectorAll(".bo-seat").length);
    container.dispatchEvent(new CustomEvent("bo-seat-map-drawn", { bubbles: true }));
  }

  function load(container) {
    fetch(container.dataset.src, { headers: { Accept: "application/json" }, credentials: "omit" })
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

  global.boxofficeSeatMap = { render: render, draw: draw };

  function start() {
    document.querySelectorAll(".bo-seat-map[data-src]").forEach(load);
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})(window);
