"""The Scrapy project: spiders, items, pipelines and the extraction they share."""
