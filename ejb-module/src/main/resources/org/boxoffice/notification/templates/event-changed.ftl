<#import "layout.ftl" as layout>
<@layout.page>
${t("event-changed.intro")}

<#list changes as change>
${t("event-changed." + change)}
</#list>

<@layout.event event/>

${t("event-changed.keep")}

${t("booking.link")}: ${booking.link}
</@layout.page>
