// Adds the viewer's own time to an event's time when the viewer is in another zone than the venue,
// and shows dates (of reviews) in the viewer's zone. The server writes the venue's time, or UTC; only
// the browser knows the viewer's zone. Parts of the page that an update replaces are shown anew.
(function () {
  "use strict";
  function lang() {
    return document.documentElement.lang || undefined;
  }
  function show(root) {
    root.querySelectorAll("[data-instant]").forEach(function (element) {
      var instant = new Date(element.getAttribute("data-instant"));
      if (isNaN(instant.getTime())) {
        return;
      }
      // dateStyle and timeStyle cannot be combined with timeZoneName: the parts are named one by one
      var format = new Intl.DateTimeFormat(lang(), {
        weekday: "long", year: "numeric", month: "long", day: "numeric",
        hour: "2-digit", minute: "2-digit", timeZoneName: "short"
      });
      element.textContent = element.getAttribute("data-label") + " " + format.format(instant);
    });
    root.querySelectorAll("[data-local-date]").forEach(function (element) {
      var instant = new Date(element.getAttribute("data-local-date"));
      if (isNaN(instant.getTime())) {
        return;
      }
      element.textContent = new Intl.DateTimeFormat(lang(), { dateStyle: "medium" }).format(instant);
      element.setAttribute("title", new Intl.DateTimeFormat(lang(), {
        year: "numeric", month: "long", day: "numeric", hour: "2-digit", minute: "2-digit", timeZoneName: "short"
      }).format(instant));
    });
  }
  function start() {
    show(document);
    new MutationObserver(function (changes) {
      changes.forEach(function (change) {
        change.addedNodes.forEach(function (node) {
          // the node's parent: the node itself may be one to show
          if (node.nodeType === Node.ELEMENT_NODE && node.parentNode && node.parentNode.querySelectorAll) {
            show(node.parentNode);
          }
        });
      });
    }).observe(document.body, { childList: true, subtree: true });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
