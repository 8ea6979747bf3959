"""Reading Wagtail admin pages in tests."""

import json

from bs4 import BeautifulSoup


def sidebar_names(response):
    """The names of the admin menu's items, from the sidebar's JSON props."""
    soup = BeautifulSoup(response.content, "html.parser")
    props = json.loads(soup.find("script", id="wagtail-sidebar-props").string)
    names = set()

    def walk(value):
        if isinstance(value, dict):
            if isinstance(value.get("name"), str):
                names.add(value["name"])
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(props)
    return names
