<#import "layout.ftl" as layout>
<@layout.page>
${t("payment-receipt.intro")}

<@layout.payment payment/>

<@layout.charges booking/>

<@layout.event event/>

<@layout.booking booking/>

${t("booking.link")}: ${booking.link}
</@layout.page>
