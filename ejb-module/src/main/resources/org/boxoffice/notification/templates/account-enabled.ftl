<#import "layout.ftl" as layout>
<@layout.page>
${t("account-enabled.text")}

${portal}
</@layout.page>
