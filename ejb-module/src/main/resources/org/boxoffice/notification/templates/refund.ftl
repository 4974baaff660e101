<#import "layout.ftl" as layout>
<@layout.page>
${t(payment.refunding?has_content?then("refund.intro-pending", "refund.intro"))}

<@layout.payment payment/>

<@layout.event event/>

<@layout.booking booking/>

${t("booking.link")}: ${booking.link}
</@layout.page>
