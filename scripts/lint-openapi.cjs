// Lints OpenAPI documents with Redocly's rules, as `redocly lint` would: every document given must be valid
// OpenAPI ('struct', formerly 'spec') with each path variable declared ('path-parameters-defined') and unique operation ids.
// Usage: node scripts/lint-openapi.cjs <document>...; prints each error and exits 1 when there is one.
const { lint, createConfig } = require('@redocly/openapi-core');

(async () => {
    const config = await createConfig({
        rules: {
            struct: 'error',
            'path-parameters-defined': 'error',
            'operation-operationId-unique': 'error',
            'no-identical-paths': 'error',
        },
    });
    let errors = 0;
    for (const file of process.argv.slice(2)) {
        const problems = await lint({ ref: file, config });
        for (const problem of problems.filter((p) => p.severity === 'error')) {
            const where = problem.location && problem.location[0] ? problem.location[0].pointer : '';
            console.log(`${file}: ${problem.ruleId}: ${problem.message} (${where})`);
            errors++;
        }
    }
    process.exit(errors === 0 ? 0 : 1);
})().catch((error) => {
    console.log(`lint failed: ${error.message}`);
    process.exit(2);
});
