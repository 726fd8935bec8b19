// In memory, per link (1,000-link project) and per user (one L2TP server with 1,000 users): the whole
// load + check + render, and each step alone. Target (issue 3): render well under 10 us per link.
// The Copy benchmarks time the floor under any renderer: allocating and copying the bytes a render
// of the same project produced, without producing them (CopyTwoUnitsInCache: from bytes in cache).

#include "GeneratedProjects.h"

#include "io/ProjectFile.h"
#include "render/ProjectRenderer.h"
#include "validate/ProjectValidator.h"

#include <benchmark/benchmark.h>

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

void BM_LoadCheckRender_1000Links(benchmark::State &state) { loadCheckRender(state, linksJson()); }
void BM_Load_1000Links(benchmark::State &state) { load(state, linksJson()); }
void BM_Check_1000Links(benchmark::State &state) { check(state, linksJson()); }
void BM_Render_1000Links(benchmark::State &state) { renderAlone(state, linksJson()); }
void BM_RenderUnits_1000Links(benchmark::State &state) { renderUnits(state, linksJson()); }
void BM_CopyOutput_1000Links(benchmark::State &state) { copyOutput(state, linksJson(), 0); }
void BM_CopyOutputUnits_1000Links(benchmark::State &state) { copyOutput(state, linksJson(), 6); }
void BM_CopyTwoUnitsInCache_1000Links(benchmark::State &state) { copyTwoUnits(state, linksJson()); }
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
BENCHMARK(BM_LoadCheckRender_1000Users)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Render_1000Users)->Unit(benchmark::kMillisecond);
BENCHMARK_MAIN();
