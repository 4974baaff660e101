// Counts a hold down to its end: "9:59", "9:58"... in the element's .bo-countdown-time. The
// server says how many seconds are left (data-countdown-seconds) rather than when the hold ends, so
// a computer whose clock is wrong still counts right. At zero the element says data-expired and
// the forms named in data-disable (ids, space-separated) can no longer be sent.
(function () {
  "use strict";

  function text(seconds) {
    var minutes = Math.floor(seconds / 60);
    var rest = seconds % 60;
    return minutes + ":" + (rest < 10 ? "0" : "") + rest;
  }

  function expire(element) {
    element.textContent = element.getAttribute("data-expired");
    element.classList.add("bo-countdown-expired");
    element.setAttribute("data-remaining", "0");
    (element.getAttribute("data-disable") || "").split(" ").forEach(function (id) {
      var form = id && document.getElementById(id);
      if (form) {
        form.querySelectorAll("input, button, select, textarea").forEach(function (field) {
          field.disabled = true;
        });
      }
    });
  }

  function start(element) {
    var seconds = parseInt(element.getAttribute("data-countdown-seconds"), 10);
    if (isNaN(seconds)) {
      return;
    }
    var end = Date.now() + seconds * 1000;
    var time = element.querySelector(".bo-countdown-time");
    function tick() {
      var left = Math.max(0, Math.ceil((end - Date.now()) / 1000));
      if (left === 0) {
        expire(element);
        return;
      }
      element.setAttribute("data-remaining", String(left));
      if (time) {
        time.textContent = text(left);
      }
      setTimeout(tick, 250); // timers drift: the time left is computed anew each time
    }
    tick();
  }

  function all() {
    document.querySelectorAll("[data-countdown-seconds]").forEach(start);
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", all);
  } else {
    all();
  }
})();
