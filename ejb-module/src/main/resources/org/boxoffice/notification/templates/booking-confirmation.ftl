<#import "layout.ftl" as layout>
<@layout.page>
${t("booking-confirmation.intro")}

<@layout.event event/>

<@layout.booking booking/>

${t("booking.link")}: ${booking.link}
</@layout.page>
