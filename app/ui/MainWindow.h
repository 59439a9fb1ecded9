#pragma once

#include <QMainWindow>

namespace certdesk {

/// The counter's main window: search, the case list and the case view.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace certdesk
