<#import "layout.ftl" as layout>
<@layout.page>
${t("event-cancelled.intro")}

<@layout.event event/>

<@layout.booking booking/>
<#if booking.paid>

${t("event-cancelled.refund")}
</#if>
</@layout.page>
