/*
 * Stripe's Payment Element on the booking page, for a payment that waits for the customer's
 * browser to confirm it (form #stripePayment: data-stripe-js, data-publishable-key,
 * data-client-secret, data-return-url, data-locale). The customer types the payment details into Stripe's own fields,
 * which send them to Stripe, never to the portal; 3-D Secure, a bank's app and wallets run there
 * too. "Confirm payment" calls stripe.confirmPayment, and Stripe sends the browser back to this
 * booking's page (?payment_intent=...), which then asks Stripe how the payment stands.
 *
 * Stripe.js is loaded from the form's data-stripe-js, which is https://js.stripe.com/v3/ unless a
 * test stand-in serves it (boxoffice.payment.stripe.js-url): Stripe requires it to be loaded from
 * there (not bundled, not from a WebJar or a copy on the portal), so that it stays PCI compliant
 * and its fraud detection works. The pages' content security policy allows that address's origin
 * for scripts while the payment provider is Stripe.
 */
(function () {
  "use strict";

  var STRIPE_JS = "https://js.stripe.com/v3/";

  function start() {
    var form = document.getElementById("stripePayment");
    if (!form) {
      return;
    }
    var error = document.getElementById("paymentError");
    var button = document.getElementById("confirmPayment");

    function show(message) {
      error.textContent = message || form.getAttribute("data-failed");
    }

    function mount() {
      if (typeof window.Stripe !== "function") {
        show(form.getAttribute("data-unavailable"));
        return;
      }
      var stripe = window.Stripe(form.getAttribute("data-publishable-key"), {
        locale: form.getAttribute("data-locale") || "auto"
      });
      var elements = stripe.elements({ clientSecret: form.getAttribute("data-client-secret") });
      elements.create("payment").mount("#paymentElement");
      button.disabled = false;
      form.addEventListener("submit", function (event) {
        event.preventDefault();
        button.disabled = true;
        error.textContent = "";
        stripe
          .confirmPayment({
            elements: elements,
            confirmParams: { return_url: form.getAttribute("data-return-url") }
          })
          .then(function (result) {
            // reached only when the confirmation failed at once (a declined card, a field left
            // empty): otherwise Stripe has sent the browser to the return URL
            if (result.error) {
              var shown = result.error.type === "card_error" || result.error.type === "validation_error";
              show(shown ? result.error.message : null);
            }
            button.disabled = false;
          });
      });
    }

    if (typeof window.Stripe === "function") {
      mount();
      return;
    }
    var script = document.createElement("script");
    script.src = form.getAttribute("data-stripe-js") || STRIPE_JS;
    script.onload = mount;
    script.onerror = function () {
      show(form.getAttribute("data-unavailable"));
    };
    document.head.appendChild(script);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
