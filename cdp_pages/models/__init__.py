"""The CdP content model, one concept per module."""

from .base import BasePage
from .communities import CommunityIndexPage, CommunityPage
from .home import HomePage
from .lessons import LessonIndexPage, LessonLearnedPage
from .library import DocumentLibraryPage
from .meetings import MeetingPage
from .projects import ProjectAchievement, ProjectIssue, ProjectPage, ProjectPartner, ProjectSite
from .publications import (
    ArticleAuthor,
    ArticlePage,
    Licence,
    PublicationIndexPage,
    QuadernoEditor,
    QuadernoPage,
)
from .snippets import Organization, Person, Topic
from .solutions import SolutionCardPage, SolutionIndexPage
from .themes import ThemeLessonLink, ThemePage, ThemeSolutionLink

__all__ = [
    "ArticleAuthor",
    "ArticlePage",
    "BasePage",
    "CommunityIndexPage",
    "CommunityPage",
    "DocumentLibraryPage",
    "HomePage",
    "LessonIndexPage",
    "LessonLearnedPage",
    "Licence",
    "MeetingPage",
    "Organization",
    "Person",
    "ProjectAchievement",
    "ProjectIssue",
    "ProjectPage",
    "ProjectPartner",
    "ProjectSite",
    "PublicationIndexPage",
    "QuadernoEditor",
    "QuadernoPage",
    "SolutionCardPage",
    "SolutionIndexPage",
    "ThemeLessonLink",
    "ThemePage",
    "ThemeSolutionLink",
    "Topic",
]
