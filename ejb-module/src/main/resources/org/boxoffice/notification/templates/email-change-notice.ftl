<#import "layout.ftl" as layout>
<@layout.page>
${t("email-change-notice.text")}

${t("email-change-notice.advice")}
</@layout.page>
