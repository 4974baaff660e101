<#import "layout.ftl" as layout>
<@layout.page>
${t("payment-receipt.intro")}

<@layout.payment payment/>

<@layout.event event/>

<@layout.booking booking/>

${t("booking.link")}: ${booking.link}
</@layout.page>
