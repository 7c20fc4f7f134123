"""Storage: the database connection layer, the record store and its migrations, the query
layer and the row shapes they share."""
