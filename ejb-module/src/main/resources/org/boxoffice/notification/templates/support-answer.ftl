<#import "layout.ftl" as layout>
<@layout.page>
${t("support-answer.intro", supportCase.number)}

${t("support.subject")}: ${supportCase.subject}
${t("support.answer")}:
${supportCase.text}

${t("support-answer.outro")}
${supportCase.link}
</@layout.page>
