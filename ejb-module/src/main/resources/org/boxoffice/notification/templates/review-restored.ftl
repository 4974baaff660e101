<#import "layout.ftl" as layout>
<@layout.page>
${t("review-restored.intro", event.title)}

${t("review.rating")}: ${review.rating}/5
<#if review.text?has_content>
${t("review.text")}:
${review.text}
</#if>

${t("review.reason")}: ${review.reason}

${t("review-restored.outro")}
${event.link}
</@layout.page>
