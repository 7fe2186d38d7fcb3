from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PageMeta")


@_attrs_define
class PageMeta:
    """Paging information shared by every collection. When the collection holds no records at all, every paging field is
    null and `records` is empty.

        Attributes:
            count (int | None | str): How many records exist in all pages: an integer or a numeric string (servers send it
                as a string); null when there are none.
            total_pages (int | None | str): How many pages there are; null when there are no records.
            current_page (int | None | str): The page returned; null when there are no records.
            next_page (int | None | str): The next page; null on the last page and when there are no records.
            prev_page (int | None | str): The previous page; null on the first page and when there are no records.
    """

    count: int | None | str
    total_pages: int | None | str
    current_page: int | None | str
    next_page: int | None | str
    prev_page: int | None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count: int | None | str
        count = self.count

        total_pages: int | None | str
        total_pages = self.total_pages

        current_page: int | None | str
        current_page = self.current_page

        next_page: int | None | str
        next_page = self.next_page

        prev_page: int | None | str
        prev_page = self.prev_page

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
                "total_pages": total_pages,
                "current_page": current_page,
                "next_page": next_page,
                "prev_page": prev_page,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_count(data: object) -> int | None | str:
            if data is None:
                return data
            return cast(int | None | str, data)

        count = _parse_count(d.pop("count"))

        def _parse_total_pages(data: object) -> int | None | str:
            if data is None:
                return data
            return cast(int | None | str, data)

        total_pages = _parse_total_pages(d.pop("total_pages"))

        def _parse_current_page(data: object) -> int | None | str:
            if data is None:
                return data
            return cast(int | None | str, data)

        current_page = _parse_current_page(d.pop("current_page"))

        def _parse_next_page(data: object) -> int | None | str:
            if data is None:
                return data
            return cast(int | None | str, data)

        next_page = _parse_next_page(d.pop("next_page"))

        def _parse_prev_page(data: object) -> int | None | str:
            if data is None:
                return data
            return cast(int | None | str, data)

        prev_page = _parse_prev_page(d.pop("prev_page"))

        page_meta = cls(
            count=count,
            total_pages=total_pages,
            current_page=current_page,
            next_page=next_page,
            prev_page=prev_page,
        )

        page_meta.additional_properties = d
        return page_meta

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
