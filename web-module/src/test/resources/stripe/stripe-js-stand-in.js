/*
 * A stand-in for Stripe.js (https://js.stripe.com/v3/) that StripeCheckoutIT serves from its
 * WireMock, with just what js/stripe-payment.js uses of it: Stripe(key, options),
 * stripe.elements({clientSecret}), elements.create("payment").mount(selector) and
 * stripe.confirmPayment({elements, confirmParams: {return_url}}). Instead of Stripe's fields, the
 * "Payment Element" is a note that shows what it was given (the publishable key and the client
 * secret, as data attributes for the test to read). Confirming does what Stripe does after a
 * payment that succeeded: it sends the browser to the return URL with payment_intent,
 * payment_intent_client_secret and redirect_status=succeeded. A confirmation without the elements
 * that were mounted, or without a return URL, fails as Stripe.js's does, with a validation error.
 */
(function () {
  "use strict";

  window.Stripe = function (publishableKey) {
    var mounted = null;

    function elements(settings) {
      var group = {
        clientSecret: settings && settings.clientSecret,
        create: function (type) {
          return {
            mount: function (selector) {
              var node = document.querySelector(selector);
              node.setAttribute("data-stand-in", type);
              node.setAttribute("data-publishable-key", publishableKey);
              node.setAttribute("data-client-secret", group.clientSecret || "");
              node.textContent = "Stripe.js stand-in: the " + type + " element";
              mounted = group;
            }
          };
        }
      };
      return group;
    }

    function confirmPayment(request) {
      var returnUrl = request && request.confirmParams && request.confirmParams.return_url;
      if (!request || request.elements !== mounted || !mounted.clientSecret || !returnUrl) {
        return Promise.resolve({
          error: { type: "validation_error", message: "stand-in: confirmPayment without the mounted elements or a return_url" }
        });
      }
      var secret = mounted.clientSecret;
      var intent = secret.split("_secret_")[0];
      window.location.assign(
        returnUrl +
          (returnUrl.indexOf("?") < 0 ? "?" : "&") +
          "payment_intent=" + encodeURIComponent(intent) +
          "&payment_intent_client_secret=" + encodeURIComponent(secret) +
          "&redirect_status=succeeded"
      );
      // as with Stripe.js, the promise does not settle: the browser leaves the page
      return new Promise(function () {});
    }

    return { elements: elements, confirmPayment: confirmPayment };
  };
})();
