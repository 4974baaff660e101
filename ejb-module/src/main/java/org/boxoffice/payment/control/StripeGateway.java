package org.boxoffice.payment.control;

import com.stripe.StripeClient;
import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.CardException;
import com.stripe.exception.EventDataObjectDeserializationException;
import com.stripe.exception.RateLimitException;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.exception.StripeException;
import com.stripe.model.BalanceTransaction;
import com.stripe.model.BalanceTransactionSource;
import com.stripe.model.Charge;
import com.stripe.model.Event;
import com.stripe.model.PaymentIntent;
import com.stripe.model.Refund;
import com.stripe.model.StripeError;
import com.stripe.model.StripeObject;
import com.stripe.net.RequestOptions;
import com.stripe.net.Webhook;
import com.stripe.param.BalanceTransactionListParams;
import com.stripe.param.PaymentIntentCancelParams;
import com.stripe.param.PaymentIntentCreateParams;
import com.stripe.param.RefundCreateParams;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.boxoffice.payment.entity.InvalidPaymentException;
import org.boxoffice.payment.entity.PaymentMethod;
import org.boxoffice.platform.entity.Money;

/**
 * The gateway to Stripe, through Stripe's Java SDK: a charge is a PaymentIntent, a refund a Refund
 * of that PaymentIntent, the webhook's events are verified with the endpoint's signing secret, and
 * the records are the account's balance transactions.
 *
 * <p>Card data never reaches Stripe from here: the customer's browser gives it to Stripe.js (the
 * Payment Element), which confirms the PaymentIntent with the client secret that {@link #charge}
 * returns, 3-D Secure included, or hands over a PaymentMethod ({@code pm_...}) that the charge
 * confirms at once. Details that carry a card number are refused before anything is sent.
 *
 * <p>Every request that changes something carries our reference as its {@code Idempotency-Key}; the
 * SDK retries a request that failed on the network or with a 409 or 5xx twice, with the same key, so
 * Stripe performs it once. Each try waits at most {@code timeoutMillis} for a connection and again
 * for the answer. Amounts go in the currency's minor units ({@link #minorUnits}).
 */
public class StripeGateway implements PaymentGateway {

    /** The name stored with each payment. */
    public static final String PROVIDER = "stripe";

    /** How often the SDK tries a request again, with the same idempotency key. */
    static final int NETWORK_RETRIES = 2;

    /** What a charge that the customer's browser confirms waits for, as {@link Outcome#challenge}. */
    public static final String CONFIRM_IN_BROWSER = "CONFIRM_IN_BROWSER";

    private static final Logger LOG = Logger.getLogger(StripeGateway.class.getName());

    /** Secrets as Stripe's messages may echo them, and card-like digit runs: kept out of the log. */
    private static final Pattern SECRETS =
            Pattern.compile("\\b(sk|rk|pk|whsec)_[A-Za-z0-9_*]+|\\b[0-9][0-9 -]{11,22}[0-9]\\b");

    /** A PaymentMethod's id, as Stripe.js or a wallet gives it. */
    private static final Pattern PAYMENT_METHOD = Pattern.compile("pm_[A-Za-z0-9_]{1,195}");

    /** Currencies whose minor units at Stripe differ from ISO 4217: Stripe keeps two for the króna. */
    private static final Map<String, Integer> STRIPE_DIGITS = Map.of("ISK", 2);

    private final StripeSettings settings;
    private final StripeClient client;

    public StripeGateway(StripeSettings settings) {
        this.settings = settings;
        int timeout = (int) Math.min(Integer.MAX_VALUE, settings.timeoutMillis());
        this.client = StripeClient.builder()
                .setApiKey(settings.secretKey())
                .setApiBase(settings.apiBase())
                .setConnectTimeout(timeout)
                .setReadTimeout(timeout)
                .setMaxNetworkRetries(NETWORK_RETRIES)
                .build();
    }

    @Override
    public String provider() {
        return PROVIDER;
    }

    /** Yes: the Payment Element confirms the PaymentIntent with the client secret {@link #charge} returns. */
    @Override
    public boolean confirmsInBrowser() {
        return true;
    }

    @Override
    public String publishableKey() {
        return settings.publishableKey();
    }

    /**
     * Creates a PaymentIntent for the amount, with our reference in its metadata, limited to the
     * details' method ({@link #paymentMethodType}; Stripe chooses among the account's methods only
     * for details without one). With a PaymentMethod's id ({@code pm_...}) in the wallet token it
     * is confirmed at once; otherwise it waits for the customer's browser: {@link
     * Result#REQUIRES_ACTION}, challenge {@value #CONFIRM_IN_BROWSER}, with the client secret for
     * Stripe.js.
     *
     * @throws InvalidPaymentException {@code payment.invalid.card-data} when the details carry a
     *     card number: cards are entered into Stripe's own fields, never sent through the platform
     */
    @Override
    public Outcome charge(String reference, Money amount, PaymentDetails details, String description) {
        return charge(reference, amount, details, description, null);
    }

    /**
     * As {@link #charge(String, Money, PaymentDetails, String)}; a PaymentIntent confirmed at once
     * sends the browser back to {@code returnUrl} after a redirect (the settings' return URL when
     * null).
     */
    @Override
    public Outcome charge(
            String reference, Money amount, PaymentDetails details, String description, String returnUrl) {
        if (details != null
                && details.cardNumber() != null
                && !details.cardNumber().isBlank()) {
            throw new InvalidPaymentException("card-data");
        }
        String paymentMethod = paymentMethod(details);
        PaymentIntentCreateParams.Builder params = PaymentIntentCreateParams.builder()
                .setAmount(minorUnits(amount))
                .setCurrency(amount.currency().getCurrencyCode().toLowerCase(Locale.ROOT))
                .setDescription(description)
                .putMetadata("reference", reference);
        if (details != null && details.method() != null) {
            // only the method chosen on our page, so that the payment is recorded as what paid it
            params.addPaymentMethodType(paymentMethodType(details.method()));
        } else {
            params.setAutomaticPaymentMethods(PaymentIntentCreateParams.AutomaticPaymentMethods.builder()
                    .setEnabled(true)
                    .build());
        }
        if (paymentMethod != null) {
            params.setPaymentMethod(paymentMethod)
                    .setConfirm(true)
                    .setReturnUrl(returnUrl == null ? settings.returnUrl() : returnUrl);
        }
        try {
            PaymentIntent intent = client.v1().paymentIntents().create(params.build(), options(reference));
            return outcome(intent);
        } catch (CardException e) {
            return declined(e);
        } catch (StripeException e) {
            throw failed("charge " + reference, e);
        }
    }

    /**
     * How the PaymentIntent stands now: the customer's browser confirmed it meanwhile (or gave up).
     * The answer is not needed: Stripe.js took the customer's answer to 3-D Secure itself.
     */
    @Override
    public Outcome complete(String providerReference, String answer) {
        try {
            return outcome(client.v1().paymentIntents().retrieve(providerReference, options(null)));
        } catch (StripeException e) {
            throw failed("retrieve " + providerReference, e);
        }
    }

    /**
     * Cancels the PaymentIntent ({@code POST /v1/payment_intents/{id}/cancel}, reason {@code
     * abandoned}), so that the Payment Element or a saved link cannot confirm it any more. Stripe
     * refuses one that is cancelled already or succeeded ({@code payment_intent_unexpected_state}):
     * the first is what was wanted, the second is a late payment, which the webhook's {@code
     * payment_intent.succeeded} refunds.
     *
     * @throws PaymentProviderException when Stripe cannot be reached or refuses
     */
    @Override
    public void cancel(String providerReference) {
        PaymentIntentCancelParams params = PaymentIntentCancelParams.builder()
                .setCancellationReason(PaymentIntentCancelParams.CancellationReason.ABANDONED)
                .build();
        try {
            PaymentIntent intent = client.v1()
                    .paymentIntents()
                    .cancel(providerReference, params, options(providerReference + "-cancel"));
            LOG.fine(() -> "Stripe: payment intent " + providerReference + " is " + intent.getStatus());
        } catch (StripeException e) {
            if ("payment_intent_unexpected_state".equals(e.getCode())) {
                LOG.info(() -> "Stripe: payment intent " + providerReference + " could not be cancelled, it has ended: "
                        + clean(e.getMessage()));
                return;
            }
            throw failed("cancelling payment intent " + providerReference, e);
        }
    }

    /**
     * Refunds the amount (all of the charge or part of it) of the PaymentIntent, our reference as the
     * idempotency key and in the refund's metadata. A refund Stripe answers as {@code succeeded} went
     * through; one that is {@code pending} or {@code requires_action} (a bank that gives money back
     * later, a refund that waits for the customer's details) has not yet: the webhook's {@code
     * refund.updated} or {@code refund.failed} tells how it ends.
     *
     * @throws PaymentProviderException when Stripe refuses (more than is left, a disputed charge) or
     *     answers that the refund failed or was cancelled
     */
    @Override
    public RefundOutcome refund(String providerReference, Money amount, String reference) {
        RefundCreateParams params = RefundCreateParams.builder()
                .setPaymentIntent(providerReference)
                .setAmount(minorUnits(amount))
                .putMetadata("reference", reference)
                .build();
        Refund refund;
        try {
            refund = client.v1().refunds().create(params, options(reference));
        } catch (StripeException e) {
            throw failed("refund " + reference + " of " + providerReference, e);
        }
        if ("failed".equals(refund.getStatus()) || "canceled".equals(refund.getStatus())) {
            String reason = "refund " + refund.getId() + " of " + providerReference + " is " + refund.getStatus()
                    + (refund.getFailureReason() == null ? "" : ": " + refund.getFailureReason());
            LOG.warning(() -> "Stripe: " + reason);
            throw new PaymentProviderException(PROVIDER, reason);
        }
        if ("succeeded".equals(refund.getStatus())) {
            return RefundOutcome.succeeded(refund.getId());
        }
        LOG.info(() -> "Stripe: refund " + refund.getId() + " of " + providerReference + " is " + refund.getStatus()
                + ": its webhook tells how it ends");
        return RefundOutcome.pending(refund.getId());
    }

    /**
     * Verifies the {@code Stripe-Signature} header (HMAC-SHA256 of {@code t.payload} with the
     * endpoint's secret, no older than the tolerance) and reads the event.
     */
    @Override
    public ProviderEvent event(String payload, Function<String, String> header) {
        String signature = header.apply("Stripe-Signature");
        if (signature == null || signature.isBlank()) {
            throw new InvalidWebhookException(PROVIDER, "no Stripe-Signature header");
        }
        if (payload == null) {
            throw new InvalidWebhookException(PROVIDER, "no payload");
        }
        Event event;
        try {
            event = Webhook.constructEvent(
                    payload, signature, settings.webhookSecret(), settings.webhookToleranceSeconds());
        } catch (SignatureVerificationException e) {
            throw new InvalidWebhookException(PROVIDER, e.getMessage());
        } catch (RuntimeException e) {
            // unparsable JSON (Gson's exceptions), or a header such as "t=x" that the SDK cannot split
            throw new InvalidWebhookException(
                    PROVIDER, "unreadable: " + e.getClass().getSimpleName());
        }
        if (event.getId() == null || event.getType() == null || event.getCreated() == null) {
            throw new InvalidWebhookException(PROVIDER, "not an event");
        }
        return StripeEvents.read(event, dataObject(event));
    }

    /**
     * The balance transactions created in [from, to) (whole seconds, as Stripe counts: both ends are
     * rounded up), page by page, each with its source expanded: charges with their PaymentIntent and
     * our reference (the {@code reference} of the charge's metadata, which Stripe copied from the
     * PaymentIntent's), refunds with their own id and their PaymentIntent's. Amounts and fees are in
     * the balance's currency, which is the charge's unless Stripe converted it.
     */
    @Override
    public List<ProviderRecord> records(Instant from, Instant to) {
        BalanceTransactionListParams params = BalanceTransactionListParams.builder()
                .setCreated(BalanceTransactionListParams.Created.builder()
                        .setGte(secondsUp(from))
                        .setLt(secondsUp(to))
                        .build())
                .addExpand("data.source")
                .setLimit(100L)
                .build();
        List<ProviderRecord> records = new ArrayList<>();
        try {
            for (BalanceTransaction transaction : client.v1()
                    .balanceTransactions()
                    .list(params, options(null))
                    .autoPagingIterable()) {
                record(transaction).ifPresent(records::add);
            }
        } catch (StripeException e) {
            throw failed("balance transactions from " + from + " to " + to, e);
        } catch (RuntimeException e) {
            // the auto-paging iterator wraps a failed next page's StripeException
            if (e.getCause() instanceof StripeException cause) {
                throw failed("balance transactions from " + from + " to " + to, cause);
            }
            throw e;
        }
        return records;
    }

    /**
     * Stripe's payment method type of our method: a card, and a wallet too (Apple Pay and Google
     * Pay pay with a card at Stripe, and the Payment Element offers them with the card), or PayPal.
     */
    static String paymentMethodType(PaymentMethod method) {
        return switch (method) {
            case CARD, WALLET -> "card";
            case PAYPAL -> "paypal";
        };
    }

    /** The PaymentMethod that Stripe.js or a wallet gave, if the details carry one. */
    private static String paymentMethod(PaymentDetails details) {
        String token = details == null || details.walletToken() == null
                ? ""
                : details.walletToken().strip();
        return PAYMENT_METHOD.matcher(token).matches() ? token : null;
    }

    /** The amount in the currency's smallest unit at Stripe: cents, yen, fils. */
    static long minorUnits(Money money) {
        int digits = digits(money.currency());
        try {
            return money.amount()
                    .movePointRight(digits)
                    .setScale(0, RoundingMode.UNNECESSARY)
                    .longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(money + " has more decimals than Stripe takes for its currency", e);
        }
    }

    /** The money that an amount in minor units at Stripe stands for. */
    static Money money(long minorUnits, String currencyCode) {
        Currency currency = Currency.getInstance(currencyCode.toUpperCase(Locale.ROOT));
        return Money.of(BigDecimal.valueOf(Math.abs(minorUnits), digits(currency)), currency);
    }

    private static int digits(Currency currency) {
        return STRIPE_DIGITS.getOrDefault(currency.getCurrencyCode(), Math.max(0, currency.getDefaultFractionDigits()));
    }

    private static long secondsUp(Instant instant) {
        return instant.getNano() == 0 ? instant.getEpochSecond() : instant.getEpochSecond() + 1;
    }

    private Optional<ProviderRecord> record(BalanceTransaction transaction) {
        Money amount = money(transaction.getAmount(), transaction.getCurrency());
        Money fee = transaction.getFee() == null ? null : money(transaction.getFee(), transaction.getCurrency());
        Instant at = Instant.ofEpochSecond(transaction.getCreated());
        BalanceTransactionSource source = transaction.getSourceObject();
        return switch (transaction.getType()) {
            case "charge", "payment" -> {
                Charge charge = source instanceof Charge expanded ? expanded : null;
                String intent = charge != null && charge.getPaymentIntent() != null
                        ? charge.getPaymentIntent()
                        : transaction.getSource();
                // Stripe copies a PaymentIntent's metadata, our reference with it, to the charge it makes
                String reference = charge == null || charge.getMetadata() == null
                        ? null
                        : charge.getMetadata().get("reference");
                yield Optional.of(new ProviderRecord(RecordKind.CHARGE, intent, intent, reference, amount, fee, at));
            }
            case "refund", "payment_refund" -> {
                String intent = source instanceof Refund refund ? refund.getPaymentIntent() : null;
                yield Optional.of(
                        new ProviderRecord(RecordKind.REFUND, transaction.getSource(), intent, null, amount, fee, at));
            }
            default -> Optional.empty();
        };
    }

    private RequestOptions options(String idempotencyKey) {
        RequestOptions.RequestOptionsBuilder options =
                RequestOptions.builder().setApiKey(settings.secretKey()).setMaxNetworkRetries(NETWORK_RETRIES);
        if (idempotencyKey != null) {
            options.setIdempotencyKey(idempotencyKey);
        }
        return options.build();
    }

    /** How a PaymentIntent's status reads for the platform. */
    static Outcome outcome(PaymentIntent intent) {
        String id = intent.getId();
        String status = intent.getStatus() == null ? "" : intent.getStatus();
        return switch (status) {
            case "succeeded" -> new Outcome(Result.SUCCEEDED, id, null, null);
            case "requires_action" ->
                new Outcome(Result.REQUIRES_ACTION, id, null, challenge(intent), intent.getClientSecret());
            // Stripe is still waiting for the bank: the webhook tells how it ended
            case "processing" -> new Outcome(Result.REQUIRES_ACTION, id, null, "PROCESSING", intent.getClientSecret());
            case "requires_confirmation" ->
                new Outcome(Result.REQUIRES_ACTION, id, null, CONFIRM_IN_BROWSER, intent.getClientSecret());
            case "requires_payment_method" -> {
                StripeError error = intent.getLastPaymentError();
                if (error != null) {
                    // a confirmation failed: declined, and the customer may try another way
                    yield new Outcome(Result.DECLINED, id, declineCode(error), null);
                }
                yield new Outcome(Result.REQUIRES_ACTION, id, null, CONFIRM_IN_BROWSER, intent.getClientSecret());
            }
            case "canceled" -> new Outcome(Result.DECLINED, id, "canceled", null);
            default -> throw new PaymentProviderException(PROVIDER, "payment intent " + id + " is " + status);
        };
    }

    /** 3-D Secure and other card challenges run in Stripe.js; redirects leave for a wallet or a bank. */
    private static String challenge(PaymentIntent intent) {
        String type =
                intent.getNextAction() == null ? null : intent.getNextAction().getType();
        if (type == null || type.equals("use_stripe_sdk")) {
            return "3DS";
        }
        return type.equals("redirect_to_url") ? "REDIRECT" : type.toUpperCase(Locale.ROOT);
    }

    private static String declineCode(StripeError error) {
        if (error.getDeclineCode() != null) {
            return error.getDeclineCode();
        }
        return error.getCode() != null ? error.getCode() : "declined";
    }

    private static Outcome declined(CardException e) {
        StripeError error = e.getStripeError();
        String intent = error != null && error.getPaymentIntent() != null
                ? error.getPaymentIntent().getId()
                : null;
        String code = e.getDeclineCode() != null ? e.getDeclineCode() : e.getCode() != null ? e.getCode() : "declined";
        LOG.info(() -> "Stripe declined " + (intent == null ? "a charge" : intent) + ": " + code);
        return new Outcome(Result.DECLINED, intent, code, null);
    }

    private static PaymentProviderException failed(String what, StripeException e) {
        String kind = e instanceof RateLimitException
                ? "rate limited"
                : e instanceof ApiConnectionException ? "no answer" : "error";
        String reason = what + ": " + kind
                + (e.getStatusCode() == null || e.getStatusCode() == 0 ? "" : " " + e.getStatusCode())
                + (e.getCode() == null ? "" : " " + e.getCode())
                + " (" + e.getClass().getSimpleName() + ": " + clean(e.getMessage()) + ")";
        LOG.warning(() -> "Stripe: " + reason);
        return new PaymentProviderException(PROVIDER, reason);
    }

    /** A message without anything that looks like a key or a card number. */
    static String clean(String message) {
        return message == null ? "" : SECRETS.matcher(message).replaceAll("***");
    }

    /**
     * The event's object, in the SDK's type: as the SDK's API version reads it when the endpoint
     * sends that version, else read anyway (the fields used here are the same across versions); null
     * when it cannot be read at all.
     */
    private static StripeObject dataObject(Event event) {
        var deserializer = event.getDataObjectDeserializer();
        Optional<StripeObject> object = deserializer.getObject();
        if (object.isPresent()) {
            return object.get();
        }
        try {
            return deserializer.deserializeUnsafe();
        } catch (EventDataObjectDeserializationException | RuntimeException e) {
            return null;
        }
    }
}
