"""Storage: SQLAlchemy 2 async models, repositories, routing into tickets and the rights queue."""
