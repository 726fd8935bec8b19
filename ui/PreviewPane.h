#pragma once

#include "render/RenderedFile.h"

#include <QWidget>

class QComboBox;
class QPlainTextEdit;
class QPushButton;
class QSyntaxHighlighter;

// One half of the side-by-side preview: a file chooser, the file's text with syntax colours (RouterOS
// or IOS by the file's kind) and a copy button. Shows the bytes core rendered, unchanged.

namespace tw::ui {

class PreviewPane final : public QWidget {
    Q_OBJECT
public:
    // name: the objectName; the parts are name + "File", "Text" and "Copy".
    PreviewPane(const QString &name, const QString &accessibleTitle, QWidget *parent = nullptr);

    void setFiles(const QList<RenderedFile> &files, int selected);
    void setPlaceholder(const QString &text); // no files: says why
    QString currentPath() const;
    QString currentText() const;

private:
    void showFile(int index);

    QComboBox *m_files;
    QPushButton *m_copy;
    QPlainTextEdit *m_text;
    QSyntaxHighlighter *m_highlighter = nullptr;
    QList<RenderedFile> m_list;
};

} // namespace tw::ui
