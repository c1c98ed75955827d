"""dyadwatch: live CAMEO event coding and dyad indicators over Kafka."""

__version__ = "0.1.0"
