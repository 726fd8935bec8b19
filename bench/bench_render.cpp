// Load + check + render, in memory. Target (issue 3): well under 10 us per link.

#include "GeneratedProjects.h"

#include "io/ProjectFile.h"
#include "render/ProjectRenderer.h"

#include <benchmark/benchmark.h>

namespace {

void run(benchmark::State &state, const QByteArray &json, int items)
{
    for (auto _ : state) {
        const auto project = tw::parseProject(json);
        const tw::RenderResult r = tw::renderProject(*project);
        if (!r.output)
            state.SkipWithError("the generated project has errors");
        benchmark::DoNotOptimize(r.output->manifest.data());
    }
    state.SetItemsProcessed(state.iterations() * items);
    state.counters["us_per_item"] =
        benchmark::Counter(double(items), benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert,
                           benchmark::Counter::kIs1000) ;
}

void BM_LoadCheckRender_1000Links(benchmark::State &state)
{
    run(state, tw::serializeProject(twbench::manyLinks(1000)), 1000);
}

void BM_LoadCheckRender_1000Users(benchmark::State &state)
{
    run(state, tw::serializeProject(twbench::manyUsers(1000)), 1000);
}

} // namespace

BENCHMARK(BM_LoadCheckRender_1000Links)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LoadCheckRender_1000Users)->Unit(benchmark::kMillisecond);
BENCHMARK_MAIN();
