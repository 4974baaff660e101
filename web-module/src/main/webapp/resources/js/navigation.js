// The header's menu button on narrow screens: it shows and hides the navigation (below its
// breakpoint the stylesheet hides the navigation unless the header has the class bo-nav-open) and
// tells screen readers whether it is open. Escape, or a tap outside the header, closes it again.
(function () {
  "use strict";

  function setUp() {
    var header = document.getElementById("header");
    var toggle = document.getElementById("navToggle");
    if (!header || !toggle) {
      return;
    }

    function setOpen(open) {
      header.classList.toggle("bo-nav-open", open);
      toggle.setAttribute("aria-expanded", open ? "true" : "false");
    }

    toggle.addEventListener("click", function () {
      setOpen(!header.classList.contains("bo-nav-open"));
    });
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && header.classList.contains("bo-nav-open")) {
        setOpen(false);
        toggle.focus();
      }
    });
    document.addEventListener("click", function (event) {
      if (header.classList.contains("bo-nav-open") && !header.contains(event.target)) {
        setOpen(false);
      }
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setUp);
  } else {
    setUp();
  }
}());
