"""A portfolio of programmes: several specs seen together, with a shared core indicator set,
shared funders and schemes, and shared reference areas (the national view).

    result = validate_portfolio("examples/portfolio.yaml")
    money = portfolio_money(result)          # planned EUR per programme × theme × year × funder
    core = core_comparison(result)           # each core indicator per programme, next to Nederland
"""

from doelenboom.portfolio.model import Portfolio, ProgrammeEntry, Reference, ReferenceValue, Scheme, SharedFunder
from doelenboom.portfolio.report import (
    CoreComparison,
    CoreIndicator,
    CoreValue,
    MoneyRow,
    PortfolioMoney,
    core_comparison,
    portfolio_money,
)
from doelenboom.portfolio.validate import Member, PortfolioValidation, validate_portfolio

__all__ = [
    "CoreComparison",
    "CoreIndicator",
    "CoreValue",
    "Member",
    "MoneyRow",
    "Portfolio",
    "PortfolioMoney",
    "PortfolioValidation",
    "ProgrammeEntry",
    "Reference",
    "ReferenceValue",
    "Scheme",
    "SharedFunder",
    "core_comparison",
    "portfolio_money",
    "validate_portfolio",
]
