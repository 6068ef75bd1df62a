"""Staff tools: the faqbot command line, checks, report, evaluation and benchmarks."""
