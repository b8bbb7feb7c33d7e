"""Report pages for paper and PDF: QTextDocument text and tables, QPainter charts, headers
and footers on every page. Needs a QGuiApplication (QtGui only, no widgets), so the same
code serves the app's preview and printing, the PDF files and the command line."""
