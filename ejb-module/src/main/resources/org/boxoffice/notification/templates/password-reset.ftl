<#import "layout.ftl" as layout>
<@layout.page>
${t("password-reset.intro")}

${link}

${t("link.expires", expires)}
${t("password-reset.ignore")}
</@layout.page>
