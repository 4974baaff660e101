<#-- The frame of every text mail, and the blocks they share. -->
<#macro page>
<#if name?has_content>${t("greeting", name)}<#else>${t("greeting.nameless")}</#if>

<#nested>

--
${t("footer")}
</#macro>

<#macro event e>
${t("event.title")}: ${e.title}
${t("event.when")}: ${e.when}
<#if e.route?has_content>
${t("event.route")}: ${e.route}
</#if>
${t("event.where")}: ${e.venue}, ${e.address}
</#macro>

<#macro booking b>
${t("booking.number")}: ${b.number}
${t("booking.tickets")}: ${b.tickets}
${t("booking.total")}: ${b.total}
</#macro>

<#macro charges b>
${t("charges.tickets")}: ${b.subtotal}
<#if b.charged>
${t("charges.service-fee", b.serviceFee, b.feeTickets)}: ${b.fees}
</#if>
${t("charges.total")}: ${b.total}
<#if b.taxed>
${t("charges.vat", b.vatRate)}: ${b.tax}
</#if>
</#macro>

<#macro payment p>
${t("payment.amount")}: ${p.amount}
<#if p.refunded?has_content>${t("payment.refunded")}: ${p.refunded}
</#if><#if p.refunding?has_content>${t("payment.refunding")}: ${p.refunding}
</#if>${t("payment.method")}: ${t("method." + p.method)}<#if p.card?has_content> ${p.card}</#if>
${t("payment.when")}: ${p.when}
${t("payment.reference")}: ${p.reference}
</#macro>
