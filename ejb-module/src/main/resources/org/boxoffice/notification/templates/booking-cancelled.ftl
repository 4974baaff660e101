<#import "layout.ftl" as layout>
<@layout.page>
${t("booking-cancelled.intro")}

<@layout.event event/>

<@layout.booking booking/>
<#if booking.paid>

${t("booking-cancelled.refund")}
</#if>

${t("booking.link")}: ${booking.link}
</@layout.page>
