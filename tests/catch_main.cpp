#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv); // QProcess and QTemporaryDir want an application object
    return Catch::Session().run(argc, argv);
}
