from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer_create_result_list_subscribe_result import (
        CustomerCreateResultListSubscribeResult,
    )


T = TypeVar("T", bound="CustomerCreateResult")


@_attrs_define
class CustomerCreateResult:
    """The new customer account. MailWizz 2.1.13 answers with `customer_uid` alone; 2.2.19 and later add the three other
    fields.

        Attributes:
            status (str): "success".
            customer_uid (str | Unset): The new account's unique id.
            must_confirm_email (bool | Unset): Whether the customer must confirm the address first.
            require_approval (bool | Unset): Whether an administrator must approve the account.
            list_subscribe_result (CustomerCreateResultListSubscribeResult | Unset): What became of subscribing the customer
                to the server's own list, when that feature is on.
    """

    status: str
    customer_uid: str | Unset = UNSET
    must_confirm_email: bool | Unset = UNSET
    require_approval: bool | Unset = UNSET
    list_subscribe_result: CustomerCreateResultListSubscribeResult | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        customer_uid = self.customer_uid

        must_confirm_email = self.must_confirm_email

        require_approval = self.require_approval

        list_subscribe_result: dict[str, Any] | Unset = UNSET
        if not isinstance(self.list_subscribe_result, Unset):
            list_subscribe_result = self.list_subscribe_result.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if customer_uid is not UNSET:
            field_dict["customer_uid"] = customer_uid
        if must_confirm_email is not UNSET:
            field_dict["must_confirm_email"] = must_confirm_email
        if require_approval is not UNSET:
            field_dict["require_approval"] = require_approval
        if list_subscribe_result is not UNSET:
            field_dict["list_subscribe_result"] = list_subscribe_result

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.customer_create_result_list_subscribe_result import (
            CustomerCreateResultListSubscribeResult,
        )

        d = dict(src_dict)
        status = d.pop("status")

        customer_uid = d.pop("customer_uid", UNSET)

        must_confirm_email = d.pop("must_confirm_email", UNSET)

        require_approval = d.pop("require_approval", UNSET)

        _list_subscribe_result = d.pop("list_subscribe_result", UNSET)
        list_subscribe_result: CustomerCreateResultListSubscribeResult | Unset
        if isinstance(_list_subscribe_result, Unset):
            list_subscribe_result = UNSET
        else:
            list_subscribe_result = CustomerCreateResultListSubscribeResult.from_dict(
                _list_subscribe_result
            )

        customer_create_result = cls(
            status=status,
            customer_uid=customer_uid,
            must_confirm_email=must_confirm_email,
            require_approval=require_approval,
            list_subscribe_result=list_subscribe_result,
        )

        customer_create_result.additional_properties = d
        return customer_create_result

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
