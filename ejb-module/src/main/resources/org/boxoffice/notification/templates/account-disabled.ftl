<#import "layout.ftl" as layout>
<@layout.page>
${t("account-disabled.text", disabledAt)}

${t("account-disabled.advice")}
</@layout.page>
