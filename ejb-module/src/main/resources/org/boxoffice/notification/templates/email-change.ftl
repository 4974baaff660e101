<#import "layout.ftl" as layout>
<@layout.page>
${t("email-change.intro")}

${link}

${t("link.expires", expires)}
${t("email-change.ignore")}
</@layout.page>
