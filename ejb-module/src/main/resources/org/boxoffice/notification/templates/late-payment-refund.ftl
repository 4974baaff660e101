<#import "layout.ftl" as layout>
<@layout.page>
${t("late-payment-refund.intro")}

<@layout.payment payment/>

<@layout.event event/>

<@layout.booking booking/>

${t("booking.link")}: ${booking.link}
</@layout.page>
