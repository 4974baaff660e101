<#import "layout.ftl" as layout>
<@layout.page>
${t("sales-report.intro", report.organisation, report.day)}

${t("sales-report.organisation")}: ${report.organisation}
${t("sales-report.day")}: ${report.day} (${report.zone})
${t("sales-report.lines")}: ${report.lines}
${t("sales-report.sold")}: ${report.sold}
${t("sales-report.refunded")}: ${report.refunded}
${t("sales-report.check-ins")}: ${report.checkIns}
<#list report.totals>

${t("sales-report.totals")}
<#items as total>
${total.currency}: ${t("sales-report.gross")} ${total.gross}, ${t("sales-report.fees")} ${total.fees}, ${t("sales-report.refunds")} ${total.refunds}, ${t("sales-report.net")} ${total.net}
</#items>
</#list>

${t("sales-report.attached", report.file)}
${t("sales-report.link")}: ${report.link}
</@layout.page>
