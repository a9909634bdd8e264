"""What the bot makes for people to keep or open elsewhere: PDFs (`documents`), the digest's chart
(`charts`) and the coordinator's workbook (`workbook`), with spreadsheet cells made safe (`cells`)."""
