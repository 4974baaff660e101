<#import "layout.ftl" as layout>
<@layout.page>
${t("sign-in-lockout.text", attempts, lockedUntil)}

${t("sign-in-lockout.advice")}
</@layout.page>
