// In memory, per link (1,000-link project) and per user (one L2TP server with 1,000 users): the whole
// load + check + render, and each step alone. Target (issue 3): render well under 10 us per link.
// The Copy benchmarks time the floor under any renderer: allocating and copying the bytes a render
// of the same project produced, without producing them (CopyTwoUnitsInCache: from bytes in cache).
// TemplateFloor times the floor under a renderer that writes its text piece by piece: the same
// bytes written as their fixed text and their values in turn, with no logic at all.

#include "GeneratedProjects.h"

#include "io/ProjectFile.h"
#include "render/ProjectRenderer.h"
#include "render/TextBuilder.h"
#include "validate/ProjectValidator.h"

#include <QRegularExpression>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <limits>
#include <string>
#include <vector>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace {

constexpr int kItems = 1000;

const QByteArray &linksJson()
{
    static const QByteArray json = tw::serializeProject(twbench::manyLinks(kItems));
    return json;
}

const QByteArray &usersJson()
{
    static const QByteArray json = tw::serializeProject(twbench::manyUsers(kItems));
    return json;
}

// Reports time per link or user next to the time per iteration.
void perItem(benchmark::State &state)
{
    state.SetItemsProcessed(state.iterations() * kItems);
    state.counters["us_per_item"] =
        benchmark::Counter(double(kItems), benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert,
                           benchmark::Counter::kIs1000);
}

void loadCheckRender(benchmark::State &state, const QByteArray &json)
{
    for (auto _ : state) {
        const auto project = tw::parseProject(json);
        const tw::RenderResult r = tw::renderProject(*project);
        if (!r.output)
            state.SkipWithError("the generated project has errors");
        benchmark::DoNotOptimize(r.output->manifest.data());
    }
    perItem(state);
}

void load(benchmark::State &state, const QByteArray &json)
{
    for (auto _ : state) {
        const auto project = tw::parseProject(json);
        benchmark::DoNotOptimize(project->name.data());
    }
    perItem(state);
}

void check(benchmark::State &state, const QByteArray &json)
{
    const tw::Project project = *tw::parseProject(json);
    for (auto _ : state) {
        const QList<tw::Finding> findings = tw::checkProject(project);
        benchmark::DoNotOptimize(findings.size());
    }
    perItem(state);
}

void renderAlone(benchmark::State &state, const QByteArray &json)
{
    const tw::Project project = *tw::parseProject(json);
    for (auto _ : state) {
        const tw::RenderOutput out = tw::renderChecked(project);
        benchmark::DoNotOptimize(out.manifest.data());
    }
    perItem(state);
}

// The render as the CLI's workers run it: unit by unit, each unit's files dropped once written.
void renderUnits(benchmark::State &state, const QByteArray &json)
{
    const tw::Project project = *tw::parseProject(json);
    for (auto _ : state) {
        const tw::RenderPlan plan(project);
        for (int unit = 0; unit < plan.unitCount(); ++unit) {
            const QList<tw::RenderedFile> files = plan.renderUnit(unit, {});
            benchmark::DoNotOptimize(files.data());
        }
    }
    perItem(state);
}

tw::RenderedFile deepCopy(const tw::RenderedFile &f)
{
    tw::RenderedFile c = f;
    c.path = QString(f.path.constData(), f.path.size());
    c.object = QString(f.object.constData(), f.object.size());
    c.user = QString(f.user.constData(), f.user.size());
    c.bytes = QByteArray(f.bytes.constData(), f.bytes.size());
    return c;
}

// New copies of every file of a render, all held at once (as renderChecked holds them), then the
// manifest; or in slices of `filesPerUnit` files, each dropped before the next (as renderUnits).
void copyOutput(benchmark::State &state, const QByteArray &json, qsizetype filesPerUnit)
{
    const tw::RenderOutput rendered = tw::renderChecked(*tw::parseProject(json));
    qsizetype bytes = 0;
    for (const tw::RenderedFile &f : rendered.files)
        bytes += f.bytes.size();
    for (auto _ : state) {
        QList<tw::RenderedFile> copies;
        for (const tw::RenderedFile &f : rendered.files) {
            if (filesPerUnit && copies.size() == filesPerUnit)
                copies.clear();
            copies << deepCopy(f);
        }
        if (!filesPerUnit)
            benchmark::DoNotOptimize(tw::manifestJson(copies).data());
        benchmark::DoNotOptimize(copies.data());
    }
    perItem(state);
    state.counters["bytes_per_item"] = double(bytes) / kItems;
}

// The same floor with the bytes in cache, as a renderer's own literals are: the first two links'
// files (one Cisco link, one RouterOS only) copied in turn once per link, each link's copies
// dropped before the next (as renderUnits).
void copyTwoUnits(benchmark::State &state, const QByteArray &json)
{
    const tw::Project project = *tw::parseProject(json);
    const tw::RenderPlan plan(project);
    const QList<tw::RenderedFile> units[2] = {plan.renderUnit(0, {}), plan.renderUnit(1, {})};
    qsizetype bytes = 0;
    for (const QList<tw::RenderedFile> &unit : units)
        for (const tw::RenderedFile &f : unit)
            bytes += f.bytes.size();
    for (auto _ : state)
        for (int link = 0; link < kItems; ++link) {
            QList<tw::RenderedFile> copies;
            for (const tw::RenderedFile &f : units[link % 2])
                copies << deepCopy(f);
            benchmark::DoNotOptimize(copies.data());
        }
    perItem(state);
    state.counters["bytes_per_item"] = double(bytes) / 2;
}

// The floor under any renderer that writes text piece by piece, however its logic were laid out:
// each file of the first two links cut into its fixed text and its values (every name, key,
// interface and IPv4 address of the link, found in the text; the project has no IPv6), the values
// encoded ahead; then, per link, only the pieces written in turn into exactly sized storage, as
// TextBuilder writes them. No logic runs: no context, no address maths, no quoting, no choices.
struct FilePieces {
    tw::RenderedFile file;          // path, kind and so on; bytes empty
    std::vector<std::string> texts; // fixed text and values, in order
    qsizetype size = 0;
};

std::vector<FilePieces> cutIntoPieces(const tw::Project &project, int link, const QList<tw::RenderedFile> &files)
{
    const tw::SiteToSiteLink &l = project.links[link];
    QStringList values{l.name, l.psk, l.a.name, l.b.name, l.a.wanInterface, l.b.wanInterface};
    if (l.b.lanInterface)
        values << *l.b.lanInterface;
    std::sort(values.begin(), values.end(), [](const QString &x, const QString &y) { return x.size() > y.size(); });
    QStringList alternatives;
    for (const QString &v : values)
        alternatives << QRegularExpression::escape(v);
    alternatives << QStringLiteral("[0-9]+(?:\\.[0-9]+){3}(?:/[0-9]+)?"); // addresses, masks, prefixes
    const QRegularExpression slot(QStringLiteral("(?<![A-Za-z0-9])(?:%1)(?![A-Za-z0-9])").arg(alternatives.join(u'|')));
    std::vector<FilePieces> cut;
    for (const tw::RenderedFile &f : files) {
        FilePieces p{f, {}, f.bytes.size()};
        p.file.bytes.clear();
        const QString text = QString::fromUtf8(f.bytes);
        qsizetype from = 0;
        for (auto it = slot.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            p.texts.push_back(text.mid(from, m.capturedStart() - from).toStdString());
            p.texts.push_back(m.captured().toStdString());
            from = m.capturedEnd();
        }
        p.texts.push_back(text.mid(from).toStdString());
        cut.push_back(std::move(p));
    }
    return cut;
}

void templateFloor(benchmark::State &state, const QByteArray &json)
{
    const tw::Project project = *tw::parseProject(json);
    const tw::RenderPlan plan(project);
    const std::vector<FilePieces> units[2] = {cutIntoPieces(project, 0, plan.renderUnit(0, {})),
                                              cutIntoPieces(project, 1, plan.renderUnit(1, {}))};
    qsizetype pieces = 0;
    for (const auto &unit : units)
        for (const FilePieces &p : unit)
            pieces += qsizetype(p.texts.size());
    for (auto _ : state)
        for (int link = 0; link < kItems; ++link) {
            QList<tw::RenderedFile> files;
            for (const FilePieces &p : units[link % 2]) {
                tw::TextBuilder out(p.size);
                for (const std::string &t : p.texts)
                    out << std::string_view(t);
                tw::RenderedFile f = deepCopy(p.file);
                f.bytes = out.take();
                files << std::move(f);
            }
            benchmark::DoNotOptimize(files.data());
        }
    perItem(state);
    state.counters["pieces_per_item"] = double(pieces) / 2;
}

void BM_LoadCheckRender_1000Links(benchmark::State &state) { loadCheckRender(state, linksJson()); }
void BM_Load_1000Links(benchmark::State &state) { load(state, linksJson()); }
void BM_Check_1000Links(benchmark::State &state) { check(state, linksJson()); }
void BM_Render_1000Links(benchmark::State &state) { renderAlone(state, linksJson()); }
void BM_RenderUnits_1000Links(benchmark::State &state) { renderUnits(state, linksJson()); }
void BM_CopyOutput_1000Links(benchmark::State &state) { copyOutput(state, linksJson(), 0); }
void BM_CopyOutputUnits_1000Links(benchmark::State &state) { copyOutput(state, linksJson(), 6); }
void BM_CopyTwoUnitsInCache_1000Links(benchmark::State &state) { copyTwoUnits(state, linksJson()); }
void BM_TemplateFloor_1000Links(benchmark::State &state) { templateFloor(state, linksJson()); }
void BM_LoadCheckRender_1000Users(benchmark::State &state) { loadCheckRender(state, usersJson()); }
void BM_Render_1000Users(benchmark::State &state) { renderAlone(state, usersJson()); }

} // namespace

BENCHMARK(BM_LoadCheckRender_1000Links)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Load_1000Links)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Check_1000Links)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Render_1000Links)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_RenderUnits_1000Links)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CopyOutput_1000Links)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CopyOutputUnits_1000Links)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CopyTwoUnitsInCache_1000Links)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_TemplateFloor_1000Links)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LoadCheckRender_1000Users)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Render_1000Users)->Unit(benchmark::kMillisecond);
// The heap is never trimmed: otherwise glibc may give the freed output of one iteration back to the
// kernel and fault it in again in the next, or not, depending on where its last live block happens to
// lie. The render that holds every file took 16 or 33 us per link with the same code by that alone
// (a value set of 512 instead of 1,024 bytes flipped it); trimming is not the render's work.
int main(int argc, char **argv)
{
#ifdef __GLIBC__
    mallopt(M_TRIM_THRESHOLD, std::numeric_limits<int>::max());
#endif
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
