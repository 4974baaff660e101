<#import "layout.ftl" as layout>
<@layout.page>
${t("password-changed.text", changedAt)}

${t("password-changed.advice")}
</@layout.page>
