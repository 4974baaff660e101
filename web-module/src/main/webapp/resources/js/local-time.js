// Adds the viewer's own time to an event's time when the viewer is in another zone than the venue.
// The server writes the venue's time; only the browser knows the viewer's zone.
(function () {
  "use strict";
  function show() {
    document.querySelectorAll("[data-instant]").forEach(function (element) {
      var instant = new Date(element.getAttribute("data-instant"));
      if (isNaN(instant.getTime())) {
        return;
      }
      // dateStyle and timeStyle cannot be combined with timeZoneName: the parts are named one by one
      var format = new Intl.DateTimeFormat(document.documentElement.lang || undefined, {
        weekday: "long", year: "numeric", month: "long", day: "numeric",
        hour: "2-digit", minute: "2-digit", timeZoneName: "short"
      });
      element.textContent = element.getAttribute("data-label") + " " + format.format(instant);
    });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", show);
  } else {
    show();
  }
})();
