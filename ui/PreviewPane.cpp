#include "PreviewPane.h"

#include "CiscoIosHighlighter.h"
#include "RouterOsHighlighter.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace tw::ui {

PreviewPane::PreviewPane(const QString &name, const QString &accessibleTitle, QWidget *parent)
    : QWidget(parent), m_files(new QComboBox(this)), m_copy(new QPushButton(tr("Copy"), this)),
      m_text(new QPlainTextEdit(this))
{
    setObjectName(name);
    m_files->setObjectName(name + QStringLiteral("File"));
    m_files->setAccessibleName(accessibleTitle + tr(": file"));
    m_files->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_files->setMinimumContentsLength(16);
    m_copy->setObjectName(name + QStringLiteral("Copy"));
    m_copy->setAccessibleName(accessibleTitle + tr(": copy the file to the clipboard"));
    m_copy->setToolTip(tr("Copy this file's text to the clipboard (it may hold the key)"));
    m_copy->setAutoDefault(false);
    m_text->setObjectName(name + QStringLiteral("Text"));
    m_text->setAccessibleName(accessibleTitle + tr(": file text"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setTabChangesFocus(true);

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_files, 1);
    top->addWidget(m_copy);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_text, 1);

    connect(m_files, &QComboBox::currentIndexChanged, this, &PreviewPane::showFile);
    connect(m_copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(currentText()); });
}

void PreviewPane::setFiles(const QList<RenderedFile> &files, int selected)
{
    m_list = files;
    const QSignalBlocker block(m_files);
    m_files->clear();
    for (const RenderedFile &f : files)
        m_files->addItem(f.path);
    m_files->setEnabled(!files.isEmpty());
    m_copy->setEnabled(!files.isEmpty());
    m_files->setCurrentIndex(files.isEmpty() ? -1 : std::clamp(selected, 0, int(files.size()) - 1));
    showFile(m_files->currentIndex());
}

void PreviewPane::setPlaceholder(const QString &text)
{
    setFiles({}, -1);
    m_text->setPlainText(text);
}

QString PreviewPane::currentPath() const { return m_files->currentText(); }

QString PreviewPane::currentText() const { return m_text->toPlainText(); }

void PreviewPane::showFile(int index)
{
    delete m_highlighter;
    m_highlighter = nullptr;
    if (index < 0 || index >= m_list.size()) {
        m_text->clear();
        return;
    }
    const RenderedFile &f = m_list[index];
    switch (f.kind) {
    case FileKind::RouterOsScript:
    case FileKind::RouterOsRollback:
        m_highlighter = new RouterOsHighlighter(m_text->document());
        break;
    case FileKind::CiscoIosConfig:
    case FileKind::CiscoIosRollback:
        m_highlighter = new CiscoIosHighlighter(m_text->document());
        break;
    case FileKind::SetupSheetPdf:
    case FileKind::AppleMobileconfig:
    case FileKind::WindowsPowershell:
    case FileKind::Troubleshooting:
        break;
    }
    if (f.kind == FileKind::SetupSheetPdf)
        m_text->setPlainText(tr("(a PDF document, %1 bytes: export to open it)").arg(f.bytes.size()));
    else
        m_text->setPlainText(QString::fromUtf8(f.bytes));
}

} // namespace tw::ui
