<#import "layout.ftl" as layout>
<@layout.page>
${t("email-verification.intro")}

${link}

${t("link.expires", expires)}
${t("email-verification.ignore")}
</@layout.page>
