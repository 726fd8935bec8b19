// tw_generate_project links|users N FILE: writes a generated project (see GeneratedProjects.h).

#include "GeneratedProjects.h"

#include "io/ProjectFile.h"

#include <QFile>

#include <cstdio>
#include <cstdlib>

int main(int argc, char **argv)
{
    if (argc != 4) {
        std::fprintf(stderr, "usage: tw_generate_project links|users N FILE\n");
        return 2;
    }
    const int n = std::atoi(argv[2]);
    const bool links = std::string(argv[1]) == "links";
    QFile f(QString::fromLocal8Bit(argv[3]));
    if (n <= 0 || !f.open(QIODevice::WriteOnly))
        return 2;
    f.write(tw::serializeProject(links ? twbench::manyLinks(n) : twbench::manyUsers(n)));
    return 0;
}
