<#import "layout.ftl" as layout>
<@layout.page>
${t("support-customer-message.intro", supportCase.number)}

${t("support.subject")}: ${supportCase.subject}
${t("support.message")}:
${supportCase.text}

${t("support-customer-message.outro")}
${supportCase.link}
</@layout.page>
