"""jobsift: crawl career sites and job boards into clean, queryable data about roles."""
__version__ = "0.1.0"
